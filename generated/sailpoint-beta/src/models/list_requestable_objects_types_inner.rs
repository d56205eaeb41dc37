//! `ListRequestableObjectsTypesInner`, from `v3/paths/requestable-object-list.yaml#/get/parameters/1/schema/items`.

/// Currently supported requestable object types.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListRequestableObjectsTypesInner {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListRequestableObjectsTypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListRequestableObjectsTypesInner::AccessProfile => "ACCESS_PROFILE",
            ListRequestableObjectsTypesInner::Role => "ROLE",
            ListRequestableObjectsTypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListRequestableObjectsTypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ListRequestableObjectsTypesInner::AccessProfile,
            "ROLE" => ListRequestableObjectsTypesInner::Role,
            other => ListRequestableObjectsTypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListRequestableObjectsTypesInner);
