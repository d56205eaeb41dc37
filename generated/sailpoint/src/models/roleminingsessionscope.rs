//! `Roleminingsessionscope`, from `apis/iai-role-mining/schemas/roleminingsessionscope.yaml`.

/// `Roleminingsessionscope` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingsessionscope {
    /// The list of identities for this role mining session.
    #[serde(rename = "identityIds", skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// The "search" criteria that produces the list of identities for this role mining session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub criteria: Option<String>,
    /// The filter criteria for this role mining session.
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(rename = "attributeFilterCriteria", skip_serializing_if = "Option::is_none")]
    pub attribute_filter_criteria: Option<
        Vec<serde_json::Map<String, serde_json::Value>>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingsessionscope {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingsessionscope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingsessionscope {
    const NAME: &'static str = "Roleminingsessionscope";

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
            "identityIds" => self.identity_ids = map.next_value()?,
            "criteria" => {
                self.criteria = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeFilterCriteria" => {
                self.attribute_filter_criteria = map
                    .next_value_seed(crate::lenient::OneOrManyOption::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
