import { installPanel } from "./bootstrap";

// The bundle's entry: suggestions.html loads it at the end of <body>.
installPanel(window);
