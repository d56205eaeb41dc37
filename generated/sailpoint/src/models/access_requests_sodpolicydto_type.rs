//! `AccessRequestsSodpolicydtoType`, from `apis/access-requests/schemas/sodpolicydto.yaml#/properties/type`.

/// SOD policy DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestsSodpolicydtoType {
    /// `SOD_POLICY`
    SodPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestsSodpolicydtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestsSodpolicydtoType::SodPolicy => "SOD_POLICY",
            AccessRequestsSodpolicydtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestsSodpolicydtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOD_POLICY" => AccessRequestsSodpolicydtoType::SodPolicy,
            other => AccessRequestsSodpolicydtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestsSodpolicydtoType);
