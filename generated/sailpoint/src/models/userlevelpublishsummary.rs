//! `Userlevelpublishsummary`, from `apis/custom-user-levels/schemas/userlevelpublishsummary.yaml`.

/// It represents a summary of a user level publish operation, including its metadata and status.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Userlevelpublishsummary {
    /// The unique identifier of the UserLevel.
    #[serde(rename = "userLevelId", skip_serializing_if = "Option::is_none")]
    pub user_level_id: Option<String>,
    /// Indicates whether the API call triggered a publish operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publish: Option<bool>,
    /// The status of the UserLevel publish operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The last modification timestamp of the UserLevel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Userlevelpublishsummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Userlevelpublishsummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Userlevelpublishsummary {
    const NAME: &'static str = "Userlevelpublishsummary";

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
            "userLevelId" => {
                self.user_level_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "publish" => self.publish = map.next_value_seed(crate::lenient::FlagOption)?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
