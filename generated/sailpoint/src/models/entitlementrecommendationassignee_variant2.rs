//! `EntitlementrecommendationassigneeVariant2`, from `apis/suggested-entitlement-description/schemas/entitlementrecommendationassignee.yaml#/oneOf/1`.

use crate::models::EntitlementrecommendationassigneeVariant2Type;

/// Assign to the source owner or entitlement owner role. No value field is required.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct EntitlementrecommendationassigneeVariant2 {
    /// The type of assignee.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<EntitlementrecommendationassigneeVariant2Type>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EntitlementrecommendationassigneeVariant2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: EntitlementrecommendationassigneeVariant2Type) -> Self {
        EntitlementrecommendationassigneeVariant2 {
            r#type: Some(r#type),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for EntitlementrecommendationassigneeVariant2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for EntitlementrecommendationassigneeVariant2 {
    const NAME: &'static str = "EntitlementrecommendationassigneeVariant2";

    #[inline]
    fn empty() -> Self {
        EntitlementrecommendationassigneeVariant2 {
            r#type: None,
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
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
