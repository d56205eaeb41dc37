//! `EntitlementrecommendationassigneeVariant1`, from `apis/suggested-entitlement-description/schemas/entitlementrecommendationassignee.yaml#/oneOf/0`.

use crate::models::EntitlementrecommendationassigneeVariant1Type;

/// Assign to a specific identity or governance group. The value field is required and must be the ID of the identity or governance group.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct EntitlementrecommendationassigneeVariant1 {
    /// The type of assignee.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<EntitlementrecommendationassigneeVariant1Type>,
    /// The ID of the identity or governance group to assign to.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub value: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EntitlementrecommendationassigneeVariant1 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: EntitlementrecommendationassigneeVariant1Type,
        value: impl Into<String>,
    ) -> Self {
        EntitlementrecommendationassigneeVariant1 {
            r#type: Some(r#type),
            value: value.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for EntitlementrecommendationassigneeVariant1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for EntitlementrecommendationassigneeVariant1 {
    const NAME: &'static str = "EntitlementrecommendationassigneeVariant1";

    #[inline]
    fn empty() -> Self {
        EntitlementrecommendationassigneeVariant1 {
            r#type: None,
            value: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "value" => self.value = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
