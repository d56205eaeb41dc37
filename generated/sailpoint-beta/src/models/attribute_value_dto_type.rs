//! `AttributeValueDtoType`, from `beta/schemas/gov-attributes/AttributeValueDTO.yaml#/properties/type`.

/// Indicates how this Attribute value was created. **static** values are pre-defined and created directly through this API. **adhoc** values are created dynamically through an internal service-to-service flow when the parent Attribute has *isAdhoc* set to *true*, and cannot be created directly through the public create-value API.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttributeValueDtoType {
    /// `static`
    Static,
    /// `adhoc`
    Adhoc,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AttributeValueDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AttributeValueDtoType::Static => "static",
            AttributeValueDtoType::Adhoc => "adhoc",
            AttributeValueDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AttributeValueDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "static" => AttributeValueDtoType::Static,
            "adhoc" => AttributeValueDtoType::Adhoc,
            other => AttributeValueDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AttributeValueDtoType);
