//! `ClustermanualupgradeJobsInner`, from `apis/managed-clusters/schemas/clustermanualupgrade.yaml#/properties/jobs/items`.

use crate::models::ClustermanualupgradeJobsInnerManagedProcessConfiguration;

/// `ClustermanualupgradeJobsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ClustermanualupgradeJobsInner {
    /// Unique identifier for the upgrade job.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub uuid: String,
    /// Identifier for the cookbook used in the upgrade job.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub cookbook: String,
    /// Current state of the upgrade job.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub state: String,
    /// The type of upgrade job (e.g., VA_UPGRADE).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Unique identifier of the target for the upgrade job.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "targetId")]
    pub target_id: String,
    /// Configuration of the managed processes involved in the upgrade.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "managedProcessConfiguration",
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_process_configuration: Option<
        ClustermanualupgradeJobsInnerManagedProcessConfiguration,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ClustermanualupgradeJobsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        uuid: impl Into<String>,
        cookbook: impl Into<String>,
        state: impl Into<String>,
        r#type: impl Into<String>,
        target_id: impl Into<String>,
        managed_process_configuration: ClustermanualupgradeJobsInnerManagedProcessConfiguration,
    ) -> Self {
        ClustermanualupgradeJobsInner {
            uuid: uuid.into(),
            cookbook: cookbook.into(),
            state: state.into(),
            r#type: r#type.into(),
            target_id: target_id.into(),
            managed_process_configuration: Some(managed_process_configuration),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ClustermanualupgradeJobsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ClustermanualupgradeJobsInner {
    const NAME: &'static str = "ClustermanualupgradeJobsInner";

    #[inline]
    fn empty() -> Self {
        ClustermanualupgradeJobsInner {
            uuid: Default::default(),
            cookbook: Default::default(),
            state: Default::default(),
            r#type: Default::default(),
            target_id: Default::default(),
            managed_process_configuration: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::Text)?,
            "cookbook" => self.cookbook = map.next_value_seed(crate::lenient::Text)?,
            "state" => self.state = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "targetId" => self.target_id = map.next_value_seed(crate::lenient::Text)?,
            "managedProcessConfiguration" => {
                self.managed_process_configuration = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
