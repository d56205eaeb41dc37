//! `Latestoutliersummary`, from `apis/iai-outliers/schemas/latestoutliersummary.yaml`.

use crate::models::LatestoutliersummaryType;

/// `Latestoutliersummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Latestoutliersummary {
    /// The type of outlier summary
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<LatestoutliersummaryType>,
    /// The date the bulk outlier detection ran/snapshot was created
    #[serde(rename = "snapshotDate", skip_serializing_if = "Option::is_none")]
    pub snapshot_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Total number of outliers for the customer making the request
    #[serde(rename = "totalOutliers", skip_serializing_if = "Option::is_none")]
    pub total_outliers: Option<i64>,
    /// Total number of identities for the customer making the request
    #[serde(rename = "totalIdentities", skip_serializing_if = "Option::is_none")]
    pub total_identities: Option<i64>,
    /// Total number of ignored outliers
    #[serde(rename = "totalIgnored", skip_serializing_if = "Option::is_none")]
    pub total_ignored: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Latestoutliersummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Latestoutliersummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Latestoutliersummary {
    const NAME: &'static str = "Latestoutliersummary";

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
            "type" => self.r#type = map.next_value()?,
            "snapshotDate" => {
                self.snapshot_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "totalOutliers" => self.total_outliers = map.next_value()?,
            "totalIdentities" => self.total_identities = map.next_value()?,
            "totalIgnored" => self.total_ignored = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
