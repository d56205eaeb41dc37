//! `AccessItemDiffEventType`, from `beta/schemas/AccessItemDiff.yaml#/properties/eventType`.

/// `AccessItemDiffEventType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemDiffEventType {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessItemDiffEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemDiffEventType::Add => "ADD",
            AccessItemDiffEventType::Remove => "REMOVE",
            AccessItemDiffEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemDiffEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => AccessItemDiffEventType::Add,
            "REMOVE" => AccessItemDiffEventType::Remove,
            other => AccessItemDiffEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemDiffEventType);
