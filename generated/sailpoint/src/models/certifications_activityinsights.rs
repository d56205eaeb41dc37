//! `CertificationsActivityinsights`, from `apis/certifications/schemas/activityinsights.yaml`.

use crate::models::CertificationsActivityinsightsUsageDaysState;

/// Insights into account activity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CertificationsActivityinsights {
    /// UUID of the account
    #[serde(rename = "accountID", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The number of days of activity
    #[serde(rename = "usageDays", skip_serializing_if = "Option::is_none")]
    pub usage_days: Option<i32>,
    /// Status indicating if the activity is complete or unknown
    #[serde(rename = "usageDaysState", skip_serializing_if = "Option::is_none")]
    pub usage_days_state: Option<CertificationsActivityinsightsUsageDaysState>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationsActivityinsights {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for CertificationsActivityinsights {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CertificationsActivityinsights {
    const NAME: &'static str = "CertificationsActivityinsights";

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
            "accountID" => {
                self.account_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "usageDays" => self.usage_days = map.next_value()?,
            "usageDaysState" => self.usage_days_state = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
