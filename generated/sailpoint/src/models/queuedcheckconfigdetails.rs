//! `Queuedcheckconfigdetails`, from `apis/service-desk-integration/schemas/queuedcheckconfigdetails.yaml`.

/// Configuration of maximum number of days and interval for checking Service Desk integration queue status.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Queuedcheckconfigdetails {
    /// Interval in minutes between status checks
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "provisioningStatusCheckIntervalMinutes")]
    pub provisioning_status_check_interval_minutes: String,
    /// Maximum number of days to check
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "provisioningMaxStatusCheckDays")]
    pub provisioning_max_status_check_days: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Queuedcheckconfigdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        provisioning_status_check_interval_minutes: impl Into<String>,
        provisioning_max_status_check_days: impl Into<String>,
    ) -> Self {
        Queuedcheckconfigdetails {
            provisioning_status_check_interval_minutes: provisioning_status_check_interval_minutes
                .into(),
            provisioning_max_status_check_days: provisioning_max_status_check_days
                .into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Queuedcheckconfigdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Queuedcheckconfigdetails {
    const NAME: &'static str = "Queuedcheckconfigdetails";

    #[inline]
    fn empty() -> Self {
        Queuedcheckconfigdetails {
            provisioning_status_check_interval_minutes: Default::default(),
            provisioning_max_status_check_days: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "provisioningStatusCheckIntervalMinutes" => {
                self.provisioning_status_check_interval_minutes = map
                    .next_value_seed(crate::lenient::Text)?;
            }
            "provisioningMaxStatusCheckDays" => {
                self.provisioning_max_status_check_days = map
                    .next_value_seed(crate::lenient::Text)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
