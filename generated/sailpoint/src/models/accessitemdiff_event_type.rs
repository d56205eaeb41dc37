//! `AccessitemdiffEventType`, from `apis/identity-history/schemas/accessitemdiff.yaml#/properties/eventType`.

/// `AccessitemdiffEventType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemdiffEventType {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessitemdiffEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemdiffEventType::Add => "ADD",
            AccessitemdiffEventType::Remove => "REMOVE",
            AccessitemdiffEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemdiffEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => AccessitemdiffEventType::Add,
            "REMOVE" => AccessitemdiffEventType::Remove,
            other => AccessitemdiffEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemdiffEventType);
