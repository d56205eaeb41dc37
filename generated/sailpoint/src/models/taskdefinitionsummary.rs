//! `Taskdefinitionsummary`, from `apis/shared/schemas/taskdefinitionsummary.yaml`.

/// Definition of a type of task, used to invoke tasks
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Taskdefinitionsummary {
    /// System-generated unique ID of the TaskDefinition
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Name of the TaskDefinition
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "uniqueName")]
    pub unique_name: String,
    /// Description of the TaskDefinition
    pub description: Option<String>,
    /// Name of the parent of the TaskDefinition
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "parentName")]
    pub parent_name: String,
    /// Executor of the TaskDefinition
    pub executor: Option<String>,
    /// Formal parameters of the TaskDefinition, without values
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub arguments: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Taskdefinitionsummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        unique_name: impl Into<String>,
        parent_name: impl Into<String>,
        arguments: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Taskdefinitionsummary {
            id: id.into(),
            unique_name: unique_name.into(),
            description: None,
            parent_name: parent_name.into(),
            executor: None,
            arguments,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Taskdefinitionsummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Taskdefinitionsummary {
    const NAME: &'static str = "Taskdefinitionsummary";

    #[inline]
    fn empty() -> Self {
        Taskdefinitionsummary {
            id: Default::default(),
            unique_name: Default::default(),
            description: None,
            parent_name: Default::default(),
            executor: None,
            arguments: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "uniqueName" => self.unique_name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "parentName" => self.parent_name = map.next_value_seed(crate::lenient::Text)?,
            "executor" => {
                self.executor = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "arguments" => {
                self.arguments = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
