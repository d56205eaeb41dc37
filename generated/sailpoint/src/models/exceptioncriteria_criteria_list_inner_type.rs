//! `ExceptioncriteriaCriteriaListInnerType`, from `apis/sod-violations/schemas/exceptioncriteria.yaml#/properties/criteriaList/items/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExceptioncriteriaCriteriaListInnerType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExceptioncriteriaCriteriaListInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExceptioncriteriaCriteriaListInnerType::Entitlement => "ENTITLEMENT",
            ExceptioncriteriaCriteriaListInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExceptioncriteriaCriteriaListInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => ExceptioncriteriaCriteriaListInnerType::Entitlement,
            other => ExceptioncriteriaCriteriaListInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExceptioncriteriaCriteriaListInnerType);
