//! `Managedclustertype`, from `apis/managed-cluster-types/schemas/managedclustertype.yaml`.

/// Managed Cluster Type for Cluster upgrade configuration information
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclustertype {
    /// ManagedClusterType ID
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ManagedClusterType type name
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// ManagedClusterType pod
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub pod: String,
    /// ManagedClusterType org
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub org: String,
    /// List of processes for the cluster type
    #[serde(rename = "managedProcessIds", skip_serializing_if = "Option::is_none")]
    pub managed_process_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclustertype {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: impl Into<String>,
        pod: impl Into<String>,
        org: impl Into<String>,
    ) -> Self {
        Managedclustertype {
            id: None,
            r#type: r#type.into(),
            pod: pod.into(),
            org: org.into(),
            managed_process_ids: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Managedclustertype {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclustertype {
    const NAME: &'static str = "Managedclustertype";

    #[inline]
    fn empty() -> Self {
        Managedclustertype {
            id: None,
            r#type: Default::default(),
            pod: Default::default(),
            org: Default::default(),
            managed_process_ids: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "pod" => self.pod = map.next_value_seed(crate::lenient::Text)?,
            "org" => self.org = map.next_value_seed(crate::lenient::Text)?,
            "managedProcessIds" => self.managed_process_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
