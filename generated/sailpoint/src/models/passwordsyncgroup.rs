//! `Passwordsyncgroup`, from `apis/password-sync-groups/schemas/passwordsyncgroup.yaml`.

/// `Passwordsyncgroup` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Passwordsyncgroup {
    /// ID of the sync group
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the sync group
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ID of the password policy
    #[serde(rename = "passwordPolicyId", skip_serializing_if = "Option::is_none")]
    pub password_policy_id: Option<String>,
    /// List of password managed sources IDs
    #[serde(rename = "sourceIds", skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// The date and time this sync group was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time this sync group was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Passwordsyncgroup {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Passwordsyncgroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Passwordsyncgroup {
    const NAME: &'static str = "Passwordsyncgroup";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "passwordPolicyId" => {
                self.password_policy_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceIds" => self.source_ids = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
