//! `Recommendercalculations`, from `apis/iai-recommendations/schemas/recommendercalculations.yaml`.

use crate::models::{Featurevaluedto, RecommendercalculationsIdentityAttributesValue};

/// `Recommendercalculations` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Recommendercalculations {
    /// The ID of the identity
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// The entitlement ID
    #[serde(rename = "entitlementId", skip_serializing_if = "Option::is_none")]
    pub entitlement_id: Option<String>,
    /// The actual recommendation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<String>,
    /// The overall weighted score
    #[serde(rename = "overallWeightedScore", skip_serializing_if = "Option::is_none")]
    pub overall_weighted_score: Option<f64>,
    /// The weighted score of each individual feature
    #[serde(rename = "featureWeightedScores", skip_serializing_if = "Option::is_none")]
    pub feature_weighted_scores: Option<std::collections::BTreeMap<String, f64>>,
    /// The configured value against which the overallWeightedScore is compared
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// The values for your configured features
    #[serde(rename = "identityAttributes", skip_serializing_if = "Option::is_none")]
    pub identity_attributes: Option<
        std::collections::BTreeMap<
            String,
            RecommendercalculationsIdentityAttributesValue,
        >,
    >,
    /// The feature details
    #[serde(rename = "featureValues", skip_serializing_if = "Option::is_none")]
    pub feature_values: Option<Featurevaluedto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Recommendercalculations {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Recommendercalculations {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Recommendercalculations {
    const NAME: &'static str = "Recommendercalculations";

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
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlementId" => {
                self.entitlement_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "recommendation" => {
                self.recommendation = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "overallWeightedScore" => self.overall_weighted_score = map.next_value()?,
            "featureWeightedScores" => self.feature_weighted_scores = map.next_value()?,
            "threshold" => self.threshold = map.next_value()?,
            "identityAttributes" => self.identity_attributes = map.next_value()?,
            "featureValues" => self.feature_values = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
