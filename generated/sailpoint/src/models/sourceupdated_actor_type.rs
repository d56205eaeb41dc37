//! `SourceupdatedActorType`, from `apis/triggers/schemas/sourceupdated.yaml#/properties/actor/properties/type`.

/// DTO type of identity who updated the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceupdatedActorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceupdatedActorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceupdatedActorType::Identity => "IDENTITY",
            SourceupdatedActorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceupdatedActorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SourceupdatedActorType::Identity,
            other => SourceupdatedActorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceupdatedActorType);
