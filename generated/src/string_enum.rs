//! String enums that accept values the spec doesn't list.
/// Defines an enum of the string values a schema lists, plus `Unknown(String)` for any other
/// value the server sends, so that a new value never breaks a call.
#[macro_export]
#[doc(hidden)]
macro_rules! string_enum {
    (
        $(#[$meta:meta])* pub enum $name:ident { $($(#[$variant_meta:meta])*
        $variant:ident = $value:literal,)* }
    ) => {
        $(#[$meta])* #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive] pub enum $name { $($(#[$variant_meta])* $variant,)* #[doc =
        " A value the spec does not list, as the server sent it."] Unknown(String), }
        impl $name { #[doc = " The value as it is sent."] pub fn as_str(& self) -> & str
        { match self { $($name ::$variant => $value,)* $name ::Unknown(value) => value, }
        } } impl From <& str > for $name { fn from(value : & str) -> Self { match value {
        $($value => $name ::$variant,)* other => $name ::Unknown(other.to_owned()), } } }
        impl From < String > for $name { fn from(value : String) -> Self { match value
        .as_str() { $($value => $name ::$variant,)* _ => $name ::Unknown(value), } } }
        impl std::str::FromStr for $name { type Err = std::convert::Infallible; fn
        from_str(value : & str) -> Result < Self, Self::Err > { Ok($name ::from(value)) }
        } impl std::fmt::Display for $name { fn fmt(& self, f : & mut std::fmt::Formatter
        <'_ >) -> std::fmt::Result { f.write_str(self.as_str()) } } impl serde::Serialize
        for $name { fn serialize < S : serde::Serializer > (& self, serializer : S) ->
        Result < S::Ok, S::Error > { serializer.serialize_str(self.as_str()) } } impl
        <'de > serde::Deserialize <'de > for $name { fn deserialize < D :
        serde::Deserializer <'de >> (deserializer : D) -> Result < Self, D::Error > {
        String::deserialize(deserializer).map($name ::from) } }
    };
}
