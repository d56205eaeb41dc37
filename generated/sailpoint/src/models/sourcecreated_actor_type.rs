//! `SourcecreatedActorType`, from `apis/triggers/schemas/sourcecreated.yaml#/properties/actor/properties/type`.

/// DTO type of identity who created the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcecreatedActorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcecreatedActorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcecreatedActorType::Identity => "IDENTITY",
            SourcecreatedActorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcecreatedActorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SourcecreatedActorType::Identity,
            other => SourcecreatedActorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcecreatedActorType);
