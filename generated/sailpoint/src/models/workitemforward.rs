//! `Workitemforward`, from `apis/work-items/schemas/workitemforward.yaml`.

/// `Workitemforward` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workitemforward {
    /// The ID of the identity to forward this work item to.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "targetOwnerId")]
    pub target_owner_id: String,
    /// Comments to send to the target owner
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub comment: String,
    /// If true, send a notification to the target owner.
    #[serde(rename = "sendNotifications", skip_serializing_if = "Option::is_none")]
    pub send_notifications: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workitemforward {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(target_owner_id: impl Into<String>, comment: impl Into<String>) -> Self {
        Workitemforward {
            target_owner_id: target_owner_id.into(),
            comment: comment.into(),
            send_notifications: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Workitemforward {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workitemforward {
    const NAME: &'static str = "Workitemforward";

    #[inline]
    fn empty() -> Self {
        Workitemforward {
            target_owner_id: Default::default(),
            comment: Default::default(),
            send_notifications: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "targetOwnerId" => {
                self.target_owner_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "comment" => self.comment = map.next_value_seed(crate::lenient::Text)?,
            "sendNotifications" => {
                self.send_notifications = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
