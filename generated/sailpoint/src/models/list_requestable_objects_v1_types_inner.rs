//! `ListRequestableObjectsV1TypesInner`, from `apis/requestable-objects/paths/requestable-objects-v1.yaml#/get/parameters/1/schema/items`.

/// Currently supported requestable object types.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListRequestableObjectsV1TypesInner {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListRequestableObjectsV1TypesInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListRequestableObjectsV1TypesInner::AccessProfile => "ACCESS_PROFILE",
            ListRequestableObjectsV1TypesInner::Role => "ROLE",
            ListRequestableObjectsV1TypesInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListRequestableObjectsV1TypesInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => ListRequestableObjectsV1TypesInner::AccessProfile,
            "ROLE" => ListRequestableObjectsV1TypesInner::Role,
            other => ListRequestableObjectsV1TypesInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListRequestableObjectsV1TypesInner);
