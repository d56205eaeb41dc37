//! `ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox`, from `apis/managed-clusters/schemas/clustermanualupgrade.yaml#/properties/jobs/items/properties/managedProcessConfiguration/properties/toolbox`.

/// Configuration details for the 'toolbox' process.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox {
    /// Version of the 'toolbox' process.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub version: String,
    /// Path to the 'toolbox' process.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub path: String,
    /// A brief description of the 'toolbox' process.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "restartNeeded")]
    pub restart_needed: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        version: impl Into<String>,
        path: impl Into<String>,
        description: impl Into<String>,
        restart_needed: bool,
    ) -> Self {
        ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox {
            version: version.into(),
            path: path.into(),
            description: description.into(),
            restart_needed,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de>
for ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object
for ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox {
    const NAME: &'static str = "ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox";

    #[inline]
    fn empty() -> Self {
        ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox {
            version: Default::default(),
            path: Default::default(),
            description: Default::default(),
            restart_needed: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "version" => self.version = map.next_value_seed(crate::lenient::Text)?,
            "path" => self.path = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "restartNeeded" => {
                self.restart_needed = map.next_value_seed(crate::lenient::Flag)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
