//! `Outlier`, from `apis/iai-outliers/schemas/outlier.yaml`.

use crate::models::{OutlierType, OutlierUnignoreType};

/// `Outlier` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Outlier {
    /// The identity's unique identifier for the outlier record
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the identity that is detected as an outlier
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// The type of outlier summary
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OutlierType>,
    /// The first date the outlier was detected
    #[serde(rename = "firstDetectionDate", skip_serializing_if = "Option::is_none")]
    pub first_detection_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The most recent date the outlier was detected
    #[serde(rename = "latestDetectionDate", skip_serializing_if = "Option::is_none")]
    pub latest_detection_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Flag whether or not the outlier has been ignored
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<bool>,
    /// Object containing mapped identity attributes
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The outlier score determined by the detection engine ranging from 0..1
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    /// Enum value of if the outlier manually or automatically un-ignored. Will be NULL if outlier is not ignored
    #[serde(rename = "unignoreType", skip_serializing_if = "Option::is_none")]
    pub unignore_type: Option<OutlierUnignoreType>,
    /// shows date when last time has been unignored outlier
    #[serde(rename = "unignoreDate", skip_serializing_if = "Option::is_none")]
    pub unignore_date: Option<chrono::DateTime<chrono::Utc>>,
    /// shows date when last time has been ignored outlier
    #[serde(rename = "ignoreDate", skip_serializing_if = "Option::is_none")]
    pub ignore_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Outlier {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Outlier {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Outlier {
    const NAME: &'static str = "Outlier";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "firstDetectionDate" => {
                self.first_detection_date = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "latestDetectionDate" => {
                self.latest_detection_date = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "ignored" => self.ignored = map.next_value_seed(crate::lenient::FlagOption)?,
            "attributes" => self.attributes = map.next_value()?,
            "score" => self.score = map.next_value()?,
            "unignoreType" => self.unignore_type = map.next_value()?,
            "unignoreDate" => {
                self.unignore_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "ignoreDate" => {
                self.ignore_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
