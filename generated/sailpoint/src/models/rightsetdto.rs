//! `Rightsetdto`, from `apis/custom-user-levels/schemas/rightsetdto.yaml`.

/// A RightSetDTO represents a collection of rights that assigned to capability or scope, enabling them to possess specific rights to access corresponding APIs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Rightsetdto {
    /// The unique identifier of the RightSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human-readable name of the RightSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A human-readable description of the RightSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The category of the RightSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Right is the most granular unit that determines specific API permissions, this is a list of rights associated with the RightSet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rights: Option<Vec<String>>,
    /// List of unique identifiers for related RightSets, current RightSet contains rights from these RightSets.
    #[serde(rename = "rightSetIds", skip_serializing_if = "Option::is_none")]
    pub right_set_ids: Option<Vec<String>>,
    /// List of unique identifiers for UI-assignable child RightSets, used to build UI components.
    #[serde(
        rename = "uiAssignableChildRightSetIds",
        skip_serializing_if = "Option::is_none"
    )]
    pub ui_assignable_child_right_set_ids: Option<Vec<String>>,
    /// Indicates whether the RightSet is UI-assignable.
    #[serde(rename = "uiAssignable", skip_serializing_if = "Option::is_none")]
    pub ui_assignable: Option<bool>,
    /// The translated name of the RightSet.
    #[serde(rename = "translatedName", skip_serializing_if = "Option::is_none")]
    pub translated_name: Option<String>,
    /// The translated description of the RightSet.
    #[serde(rename = "translatedDescription", skip_serializing_if = "Option::is_none")]
    pub translated_description: Option<String>,
    /// The unique identifier of the parent RightSet for UI Assignable RightSet.
    #[serde(rename = "parentId", skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Rightsetdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Rightsetdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Rightsetdto {
    const NAME: &'static str = "Rightsetdto";

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
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "category" => {
                self.category = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "rights" => self.rights = map.next_value()?,
            "rightSetIds" => self.right_set_ids = map.next_value()?,
            "uiAssignableChildRightSetIds" => {
                self.ui_assignable_child_right_set_ids = map.next_value()?;
            }
            "uiAssignable" => {
                self.ui_assignable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "translatedName" => {
                self.translated_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "translatedDescription" => {
                self.translated_description = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "parentId" => {
                self.parent_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
