//! `OutlierDetected`, from `beta/schemas/trigger/example-input/OutlierDetected.yaml`.

use crate::models::{OutlierDetectedIdentity, OutlierDetectedOutlierType};

/// `OutlierDetected` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct OutlierDetected {
    /// Identity with unusual access, relative to its peers.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<OutlierDetectedIdentity>,
    /// Identity's outlier type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "outlierType", skip_serializing_if = "Option::is_none")]
    pub outlier_type: Option<OutlierDetectedOutlierType>,
    /// Dissimilarity score that determines whether the identity is an outlier, ranging from `0.0` to `1.0`. The higher the score, the more likely the identity is an outlier.
    ///
    /// A server's absent or `null` member reads as `0`.
    pub score: f64,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OutlierDetected {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity: OutlierDetectedIdentity,
        outlier_type: OutlierDetectedOutlierType,
        score: f64,
    ) -> Self {
        OutlierDetected {
            identity: Some(identity),
            outlier_type: Some(outlier_type),
            score,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for OutlierDetected {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for OutlierDetected {
    const NAME: &'static str = "OutlierDetected";

    #[inline]
    fn empty() -> Self {
        OutlierDetected {
            identity: None,
            outlier_type: None,
            score: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "identity" => self.identity = map.next_value()?,
            "outlierType" => self.outlier_type = map.next_value()?,
            "score" => {
                self.score = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
