//! `DimensionRefType`, from `v3/schemas/access/DimensionRef.yaml#/properties/type`.

/// The type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DimensionRefType {
    /// `DIMENSION`
    Dimension,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DimensionRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DimensionRefType::Dimension => "DIMENSION",
            DimensionRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DimensionRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DIMENSION" => DimensionRefType::Dimension,
            other => DimensionRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DimensionRefType);
