//! `Exceptioncriteria`, from `apis/sod-violations/schemas/exceptioncriteria.yaml`.

use crate::models::ExceptioncriteriaCriteriaListInner;

/// `Exceptioncriteria` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Exceptioncriteria {
    /// List of exception criteria. There is a min of 1 and max of 50 items in the list.
    #[serde(rename = "criteriaList", skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<ExceptioncriteriaCriteriaListInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Exceptioncriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Exceptioncriteria {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Exceptioncriteria {
    const NAME: &'static str = "Exceptioncriteria";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "criteriaList" => self.criteria_list = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
