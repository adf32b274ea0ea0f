namespace LocalOrg.Pipeline;

/// <summary>Which image a step asks for (sdkmessageprocessingstepimage.imagetype).</summary>
public enum ImageType
{
    /// <summary>0: the row before the main operation.</summary>
    PreImage = 0,

    /// <summary>1: the row after the main operation (PostOperation only).</summary>
    PostImage = 1,

    /// <summary>2: both, under the same alias.</summary>
    Both = 2,
}
