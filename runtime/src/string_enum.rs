//! What every string enum shares, given its `as_str` and `From<&str>`.

/// Implements `Eq`, `From<String>`, `FromStr`, `Display`, `Serialize` and `Deserialize` for a string
/// enum through its `as_str` and `From<&str>`, which read a value the spec doesn't list as
/// `Unknown`: a new value never breaks a call. Like those two, the methods are `#[inline]`, so
/// only the enums a program uses are compiled, in the program.
#[macro_export]
#[doc(hidden)]
macro_rules! string_enum_impls {
    ($name:ident) => {
        // `Eq` by hand: it has no methods, and the derive's hidden field assertion costs a
        // crate of 400 enums seconds of build time.
        impl Eq for $name {}

        impl From<String> for $name {
            #[inline]
            fn from(value: String) -> Self {
                match $name::from(value.as_str()) {
                    $name::Unknown(_) => $name::Unknown(value),
                    known => known,
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            #[inline]
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok($name::from(value))
            }
        }

        impl std::fmt::Display for $name {
            #[inline]
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map($name::from)
            }
        }
    };
}
