"""The participants screen: a searchable list and a page per participant
(``screen.ParticipantsPage``). Nothing is imported here, so a tab module and its small
widgets can be imported on their own without pulling in the whole screen."""
