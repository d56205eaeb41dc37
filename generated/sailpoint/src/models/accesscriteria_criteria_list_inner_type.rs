//! `AccesscriteriaCriteriaListInnerType`, from `apis/sod-policies/schemas/accesscriteria.yaml#/properties/criteriaList/items/properties/type`.

/// Type of the propery to which this reference applies to
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccesscriteriaCriteriaListInnerType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccesscriteriaCriteriaListInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccesscriteriaCriteriaListInnerType::Entitlement => "ENTITLEMENT",
            AccesscriteriaCriteriaListInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccesscriteriaCriteriaListInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => AccesscriteriaCriteriaListInnerType::Entitlement,
            other => AccesscriteriaCriteriaListInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccesscriteriaCriteriaListInnerType);
