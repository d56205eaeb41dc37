//! `TaskStatusType`, from `beta/schemas/TaskStatus.yaml`.
crate::string_enum! {
    #[doc = " Type of task this TaskStatus represents"] pub enum TaskStatusType { #[doc =
    " `QUARTZ`"] Quartz = "QUARTZ", #[doc = " `QPOC`"] Qpoc = "QPOC", #[doc =
    " `QUEUED_TASK`"] QueuedTask = "QUEUED_TASK", }
}
