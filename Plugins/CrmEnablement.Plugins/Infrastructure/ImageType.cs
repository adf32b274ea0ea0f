namespace CrmEnablement.Plugins.Infrastructure;

/// <summary><c>sdkmessageprocessingstepimage.imagetype</c>.</summary>
public enum ImageType
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
