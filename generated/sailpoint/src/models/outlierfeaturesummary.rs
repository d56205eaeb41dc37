//! `Outlierfeaturesummary`, from `apis/iai-outliers/schemas/outlierfeaturesummary.yaml`.

use crate::models::OutlierfeaturesummaryOutlierFeatureDisplayValuesInner;

/// `Outlierfeaturesummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Outlierfeaturesummary {
    /// Contributing feature name
    #[serde(rename = "contributingFeatureName", skip_serializing_if = "Option::is_none")]
    pub contributing_feature_name: Option<String>,
    /// Identity display name
    #[serde(
        rename = "identityOutlierDisplayName",
        skip_serializing_if = "Option::is_none"
    )]
    pub identity_outlier_display_name: Option<String>,
    #[serde(
        rename = "outlierFeatureDisplayValues",
        skip_serializing_if = "Option::is_none"
    )]
    pub outlier_feature_display_values: Option<
        Vec<OutlierfeaturesummaryOutlierFeatureDisplayValuesInner>,
    >,
    /// Definition of the feature
    #[serde(rename = "featureDefinition", skip_serializing_if = "Option::is_none")]
    pub feature_definition: Option<String>,
    /// Detailed explanation of the feature
    #[serde(rename = "featureExplanation", skip_serializing_if = "Option::is_none")]
    pub feature_explanation: Option<String>,
    /// outlier's peer identity display name
    #[serde(rename = "peerDisplayName", skip_serializing_if = "Option::is_none")]
    pub peer_display_name: Option<String>,
    /// outlier's peer identity id
    #[serde(rename = "peerIdentityId", skip_serializing_if = "Option::is_none")]
    pub peer_identity_id: Option<String>,
    /// Access Item reference
    #[serde(rename = "accessItemReference", skip_serializing_if = "Option::is_none")]
    pub access_item_reference: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Outlierfeaturesummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Outlierfeaturesummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Outlierfeaturesummary {
    const NAME: &'static str = "Outlierfeaturesummary";

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
            "contributingFeatureName" => {
                self.contributing_feature_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "identityOutlierDisplayName" => {
                self.identity_outlier_display_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "outlierFeatureDisplayValues" => {
                self.outlier_feature_display_values = map.next_value()?;
            }
            "featureDefinition" => {
                self.feature_definition = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "featureExplanation" => {
                self.feature_explanation = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "peerDisplayName" => {
                self.peer_display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "peerIdentityId" => {
                self.peer_identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accessItemReference" => self.access_item_reference = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
