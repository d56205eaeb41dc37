//! `GetSourceSchemasIncludeTypes`, from `beta/paths/schemas.yaml#/get/parameters/1/schema`.

/// `GetSourceSchemasIncludeTypes` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetSourceSchemasIncludeTypes {
    /// `group`
    Group,
    /// `user`
    User,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetSourceSchemasIncludeTypes {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetSourceSchemasIncludeTypes::Group => "group",
            GetSourceSchemasIncludeTypes::User => "user",
            GetSourceSchemasIncludeTypes::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetSourceSchemasIncludeTypes {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "group" => GetSourceSchemasIncludeTypes::Group,
            "user" => GetSourceSchemasIncludeTypes::User,
            other => GetSourceSchemasIncludeTypes::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetSourceSchemasIncludeTypes);
