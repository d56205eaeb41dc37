//! `MultihostsourcesSchemasInnerType`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/schemas/items/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesSchemasInnerType {
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostsourcesSchemasInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesSchemasInnerType::ConnectorSchema => "CONNECTOR_SCHEMA",
            MultihostsourcesSchemasInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesSchemasInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_SCHEMA" => MultihostsourcesSchemasInnerType::ConnectorSchema,
            other => MultihostsourcesSchemasInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostsourcesSchemasInnerType);
