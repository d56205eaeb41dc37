//! `SearchscheduleRecipientsInnerType`, from `apis/scheduled-search/schemas/searchschedule.yaml#/properties/recipients/items/properties/type`.

/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SearchscheduleRecipientsInnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SearchscheduleRecipientsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SearchscheduleRecipientsInnerType::Identity => "IDENTITY",
            SearchscheduleRecipientsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SearchscheduleRecipientsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SearchscheduleRecipientsInnerType::Identity,
            other => SearchscheduleRecipientsInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SearchscheduleRecipientsInnerType);
