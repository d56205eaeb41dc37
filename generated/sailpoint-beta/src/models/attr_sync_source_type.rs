//! `AttrSyncSourceType`, from `v3/schemas/AttrSyncSource.yaml#/properties/type`.

/// DTO type of target source for attribute synchronization.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttrSyncSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AttrSyncSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AttrSyncSourceType::Source => "SOURCE",
            AttrSyncSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AttrSyncSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => AttrSyncSourceType::Source,
            other => AttrSyncSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AttrSyncSourceType);
