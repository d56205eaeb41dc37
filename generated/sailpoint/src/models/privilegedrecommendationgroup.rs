//! `Privilegedrecommendationgroup`, from `apis/suggested-entitlement-description/schemas/privilegedrecommendationgroup.yaml`.

use crate::models::Privilegedrecommendationinstance;

/// A group of entitlement instances that share the same entitlement name and connector type, aggregated for privileged-access review.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Privilegedrecommendationgroup {
    /// The name of the entitlement shared across all instances in this group.
    #[serde(rename = "entitlementName", skip_serializing_if = "Option::is_none")]
    pub entitlement_name: Option<String>,
    /// The connector type associated with all instances in this group.
    #[serde(rename = "connectorType", skip_serializing_if = "Option::is_none")]
    pub connector_type: Option<String>,
    /// A decimal string representing the confidence score of the privilege recommendation (0.0-1.0).
    #[serde(rename = "recommendationScore", skip_serializing_if = "Option::is_none")]
    pub recommendation_score: Option<String>,
    /// The number of organizations in which this entitlement appears as privileged.
    #[serde(rename = "orgCount", skip_serializing_if = "Option::is_none")]
    pub org_count: Option<i32>,
    /// The total number of individual entitlement instances in this group.
    #[serde(rename = "instanceCount", skip_serializing_if = "Option::is_none")]
    pub instance_count: Option<i32>,
    /// The individual entitlement instances belonging to this group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<Privilegedrecommendationinstance>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Privilegedrecommendationgroup {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Privilegedrecommendationgroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Privilegedrecommendationgroup {
    const NAME: &'static str = "Privilegedrecommendationgroup";

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
            "entitlementName" => {
                self.entitlement_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "connectorType" => {
                self.connector_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "recommendationScore" => {
                self.recommendation_score = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "orgCount" => self.org_count = map.next_value()?,
            "instanceCount" => self.instance_count = map.next_value()?,
            "instances" => self.instances = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
