//! `ListAccessModelMetadataAttributesSort`, from `openapi.yaml#/paths/~1access-model-metadata~1attributes/get/parameters/6/schema`.

/// `ListAccessModelMetadataAttributesSort` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListAccessModelMetadataAttributesSort {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListAccessModelMetadataAttributesSort {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListAccessModelMetadataAttributesSort::Asc => "asc",
            ListAccessModelMetadataAttributesSort::Desc => "desc",
            ListAccessModelMetadataAttributesSort::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListAccessModelMetadataAttributesSort {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "asc" => ListAccessModelMetadataAttributesSort::Asc,
            "desc" => ListAccessModelMetadataAttributesSort::Desc,
            other => ListAccessModelMetadataAttributesSort::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListAccessModelMetadataAttributesSort);
