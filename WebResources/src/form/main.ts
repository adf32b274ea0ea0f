import { createOpportunityForm } from "./opportunityForm";

// The form library's entry: registers CrmEnablement.Opportunity.onLoad / onSave as globals
// (form event handlers are named by their global path), keeping other CrmEnablement members.
type Namespace = { CrmEnablement?: { Opportunity?: unknown } };
const global = globalThis as typeof globalThis & Namespace;
const form = createOpportunityForm(() => (globalThis as { Xrm?: unknown }).Xrm);
global.CrmEnablement = global.CrmEnablement ?? {};
global.CrmEnablement.Opportunity = { onLoad: form.onLoad, onSave: form.onSave };
