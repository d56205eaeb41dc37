//! `Bulkapproveentitlementrecommendationresult`, from `apis/suggested-entitlement-description/schemas/bulkapproveentitlementrecommendationresult.yaml`.

use crate::models::BulkapproveentitlementrecommendationresultStatus;

/// The result for a single item in a bulk entitlement recommendation approval response.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bulkapproveentitlementrecommendationresult {
    /// The unique identifier of the processed recommendation record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The outcome of the approval for this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<BulkapproveentitlementrecommendationresultStatus>,
    /// The reason for failure if status is FAILURE; null on success.
    #[serde(rename = "failedReason", skip_serializing_if = "Option::is_none")]
    pub failed_reason: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bulkapproveentitlementrecommendationresult {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Bulkapproveentitlementrecommendationresult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bulkapproveentitlementrecommendationresult {
    const NAME: &'static str = "Bulkapproveentitlementrecommendationresult";

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
            "status" => self.status = map.next_value()?,
            "failedReason" => {
                self.failed_reason = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
