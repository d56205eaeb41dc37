//! `FormElementDynamicDataSourceDataSourceType`, from `beta/schemas/forms/FormElementDynamicDataSource.yaml#/properties/dataSourceType`.

/// DataSourceType is a FormElementDataSourceType value
/// STATIC FormElementDataSourceTypeStatic
/// INTERNAL FormElementDataSourceTypeInternal
/// SEARCH FormElementDataSourceTypeSearch
/// FORM_INPUT FormElementDataSourceTypeFormInput
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormElementDynamicDataSourceDataSourceType {
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

impl FormElementDynamicDataSourceDataSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormElementDynamicDataSourceDataSourceType::Static => "STATIC",
            FormElementDynamicDataSourceDataSourceType::Internal => "INTERNAL",
            FormElementDynamicDataSourceDataSourceType::Search => "SEARCH",
            FormElementDynamicDataSourceDataSourceType::FormInput => "FORM_INPUT",
            FormElementDynamicDataSourceDataSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormElementDynamicDataSourceDataSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STATIC" => FormElementDynamicDataSourceDataSourceType::Static,
            "INTERNAL" => FormElementDynamicDataSourceDataSourceType::Internal,
            "SEARCH" => FormElementDynamicDataSourceDataSourceType::Search,
            "FORM_INPUT" => FormElementDynamicDataSourceDataSourceType::FormInput,
            other => {
                FormElementDynamicDataSourceDataSourceType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(FormElementDynamicDataSourceDataSourceType);
