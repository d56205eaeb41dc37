//! `FormelementdynamicdatasourceDataSourceType`, from `apis/custom-forms/schemas/formelementdynamicdatasource.yaml#/properties/dataSourceType`.

/// DataSourceType is a FormElementDataSourceType value
/// STATIC FormElementDataSourceTypeStatic
/// INTERNAL FormElementDataSourceTypeInternal
/// SEARCH FormElementDataSourceTypeSearch
/// FORM_INPUT FormElementDataSourceTypeFormInput
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormelementdynamicdatasourceDataSourceType {
    /// `STATIC`
    Static,
    /// `INTERNAL`
    Internal,
    /// `SEARCH`
    Search,
    /// `FORM_INPUT`
    FormInput,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormelementdynamicdatasourceDataSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormelementdynamicdatasourceDataSourceType::Static => "STATIC",
            FormelementdynamicdatasourceDataSourceType::Internal => "INTERNAL",
            FormelementdynamicdatasourceDataSourceType::Search => "SEARCH",
            FormelementdynamicdatasourceDataSourceType::FormInput => "FORM_INPUT",
            FormelementdynamicdatasourceDataSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormelementdynamicdatasourceDataSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STATIC" => FormelementdynamicdatasourceDataSourceType::Static,
            "INTERNAL" => FormelementdynamicdatasourceDataSourceType::Internal,
            "SEARCH" => FormelementdynamicdatasourceDataSourceType::Search,
            "FORM_INPUT" => FormelementdynamicdatasourceDataSourceType::FormInput,
            other => {
                FormelementdynamicdatasourceDataSourceType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(FormelementdynamicdatasourceDataSourceType);
