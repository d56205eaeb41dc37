//! `MultihostintegrationsSchemasInnerType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/schemas/items/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsSchemasInnerType {
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsSchemasInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsSchemasInnerType::ConnectorSchema => "CONNECTOR_SCHEMA",
            MultihostintegrationsSchemasInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsSchemasInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_SCHEMA" => MultihostintegrationsSchemasInnerType::ConnectorSchema,
            other => MultihostintegrationsSchemasInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsSchemasInnerType);
