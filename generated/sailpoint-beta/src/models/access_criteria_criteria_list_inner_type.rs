//! `AccessCriteriaCriteriaListInnerType`, from `beta/schemas/AccessCriteria.yaml#/properties/criteriaList/items/properties/type`.

/// DTO type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessCriteriaCriteriaListInnerType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessCriteriaCriteriaListInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessCriteriaCriteriaListInnerType::Entitlement => "ENTITLEMENT",
            AccessCriteriaCriteriaListInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessCriteriaCriteriaListInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => AccessCriteriaCriteriaListInnerType::Entitlement,
            other => AccessCriteriaCriteriaListInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessCriteriaCriteriaListInnerType);
