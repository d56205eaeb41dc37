//! `GetSourceSchemasV1IncludeTypes`, from `apis/sources/paths/sources-v1-by-sourceid-schemas.yaml#/get/parameters/1/schema`.

/// `GetSourceSchemasV1IncludeTypes` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetSourceSchemasV1IncludeTypes {
    /// `group`
    Group,
    /// `user`
    User,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetSourceSchemasV1IncludeTypes {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetSourceSchemasV1IncludeTypes::Group => "group",
            GetSourceSchemasV1IncludeTypes::User => "user",
            GetSourceSchemasV1IncludeTypes::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetSourceSchemasV1IncludeTypes {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "group" => GetSourceSchemasV1IncludeTypes::Group,
            "user" => GetSourceSchemasV1IncludeTypes::User,
            other => GetSourceSchemasV1IncludeTypes::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetSourceSchemasV1IncludeTypes);
