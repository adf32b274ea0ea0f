using System;
using System.ComponentModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>The lenient conversion behind <see cref="Entity.TryGetAttributeValue{T}"/>, which,
/// like the real SDK, falls back to the target type's <see cref="TypeConverter"/>.</summary>
internal static class EntityValueConverter
{
    internal static bool TryConvert<T>(object value, out T result)
    {
        try
        {
            var converter = TypeDescriptor.GetConverter(typeof(T));
            if (converter.CanConvertFrom(value.GetType()))
            {
                result = (T)converter.ConvertFrom(value);
                return true;
            }
        }
        catch (Exception)
        {
            // Converters report bad input with several exception types (plain Exception on
            // .NET Framework); any of them means "not available", as a TryGet promises.
        }

        result = default;
        return false;
    }
}
