//! `ExceptionCriteriaCriteriaListInnerType`, from `beta/schemas/sod/models/ExceptionCriteria.yaml#/properties/criteriaList/items/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExceptionCriteriaCriteriaListInnerType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExceptionCriteriaCriteriaListInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExceptionCriteriaCriteriaListInnerType::Entitlement => "ENTITLEMENT",
            ExceptionCriteriaCriteriaListInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExceptionCriteriaCriteriaListInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => ExceptionCriteriaCriteriaListInnerType::Entitlement,
            other => ExceptionCriteriaCriteriaListInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExceptionCriteriaCriteriaListInnerType);
