namespace CrmEnablement.Engine.Ranking;

/// <summary>Bit counting without the netcoreapp-only intrinsics.</summary>
internal static class Bits
{
    public static int Count(ulong value)
    {
        value -= (value >> 1) & 0x5555555555555555UL;
        value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
        value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)((value * 0x0101010101010101UL) >> 56);
    }
}
